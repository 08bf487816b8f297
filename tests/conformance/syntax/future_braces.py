# SyntaxError report: the braces easter egg
from __future__ import braces
