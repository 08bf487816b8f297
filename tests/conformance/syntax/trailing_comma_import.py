# SyntaxError report: a trailing comma after from-import names without parentheses
from os import path,
