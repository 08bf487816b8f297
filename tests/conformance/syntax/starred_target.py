# SyntaxError report: a starred name as the only assignment target
*a = 1
