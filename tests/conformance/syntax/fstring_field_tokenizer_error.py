# SyntaxError report: an invalid character in an f-string field: the tokenizer's own message and caret in the (expression) text
total = 3
print(f"Total: {total €}")
