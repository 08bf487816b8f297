# SyntaxError report: a future statement after other code, carets under the whole statement
import sys
from __future__ import annotations
