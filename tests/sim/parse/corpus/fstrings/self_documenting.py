x = 1
a = f'{x=}'
b = f'{x = }'
c = f'{x=!s}'
d = f'{x=:>5}'
e = f'value: {x + 1=}'
