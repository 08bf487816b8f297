# `match` and `case` stay ordinary names: assignments, calls, subscripts and attributes of names called so.
match = [1, 2, 3]
print(match[0])
match[1] = 20
print(match)
case = {"match": match}
print(case["match"])
def match(x, case=0):
    return x + case
print(match(1, case=2))
class case:
    match = 5
print(case.match)
match, case = 1, 2
print(match, case)
match (match):
    case 1:
        print("matched a name called match")
    case _:
        print("no")
_ = "underscore"
match _:
    case "underscore":
        print("the wildcard name holds", _)
