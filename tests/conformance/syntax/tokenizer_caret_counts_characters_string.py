# SyntaxError report: an unterminated string after non-ASCII text on its line: the caret counts characters, as the tokenizer does
name = "José"; greeting = "Hola
