# SyntaxError report: an unclosed '(' at the end of the file: the caret is under the bracket
x = (1 +
