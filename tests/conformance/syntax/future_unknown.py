# SyntaxError report: an unknown future feature, one caret at the statement
from __future__ import nonsense
