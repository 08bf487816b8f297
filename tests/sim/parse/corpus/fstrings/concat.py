x = 1
a = 'a' f'{x}' 'b'
b = f'{x}' f'{x}'
c = f'' 'plain'
d = rf'\n{x}'
e = fr'{x}\t'
