d = {'k': 1}
items = [1, 2]
a = f"{d['k']}"
b = f'{[i * 2 for i in items]}'
c = f'{ {1: 2}[1] }'
d2 = f'{x if x else "no"}'
e = f'{a!r} and {b:>{c}}'
f = f'{3 != 4} {1 < 2} {2 >= 1}'
g = f'''{
items
}'''
