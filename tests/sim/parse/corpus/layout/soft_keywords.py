match = 1
case = 2
_ = 3
match.x = 4
print(match, case)
match(1)
type = 5
