# An f-string field with nothing before its '=' (or '!' or ':') says what it expected
x = 3
print(f"{x=} and {=}")
