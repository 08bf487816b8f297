# An unclosed print( followed by a compound statement
print(1
for i in range(2): pass
