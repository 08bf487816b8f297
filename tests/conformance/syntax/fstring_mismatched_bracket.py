# an f-string field closing a bracket it did not open: "closing parenthesis '}' does not match opening parenthesis '('"
n = 3
print(f"{max(n, 1}")
