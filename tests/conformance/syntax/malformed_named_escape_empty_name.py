# \N{} with an empty name is malformed too; the caret stands at the token after the string
print("\N{}", 5)
