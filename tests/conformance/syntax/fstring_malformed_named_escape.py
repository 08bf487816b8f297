# An f-string literal whose \N escape is malformed: the braces after it are still the escape's
x = 1
print(f"{x}\N{x")
