# split, rsplit, splitlines and join.
text = "a,b,,c"
print(text.split(","))
print(text.split(",", 1))
print(text.rsplit(",", 1))
print("  many   spaces here ".split())
print("line1\nline2\r\nline3".splitlines())
print("-".join(["x", "y", "z"]))
print("".join(reversed("stressed")))
print("a b c".partition(" "), "a b c".rpartition(" "))
