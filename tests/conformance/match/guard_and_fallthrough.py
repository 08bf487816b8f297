# Guards run after the captures are stored; a failing guard falls through to the next case with the names kept.
def check(v):
    print("check", v)
    return v > 2

def run(subject):
    match subject:
        case [x, y] if check(x):
            return f"big pair {x} {y}"
        case [x, y] if check(y):
            return f"pair with big y {x} {y}"
        case [x, *_] if (n := x * 10) > 5:
            return f"walrus {n}"
        case _ if check(0):
            return "never"
        case _:
            return f"default; x is still {x}"

for s in [[3, 1], [1, 3], [1, 1], [1, 1, 1]]:
    print(run(s))

count = 0
def side_effect():
    global count
    count += 1
    return False
match 5:
    case int() if side_effect():
        pass
    case 5 if side_effect():
        pass
print("guards ran", count, "times")
