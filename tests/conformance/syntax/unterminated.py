# SyntaxError report: an unterminated string literal: the caret under the opening quote
s = "abc
