# str.replace and list.insert with too few or too many arguments: CPython's TypeError, not a crash
for call in [lambda: 'abc'.replace('x'), lambda: [].insert(0), lambda: 'a'.replace(), lambda: [].insert(), lambda: 'a'.replace('a', 'b', 1, 2), lambda: [].insert(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
l = [1]
l.insert(0, 9)
print(l, 'aaa'.replace('a', 'b', 2))
