name = 'x'
a = f'hello {name}'
b = F"{name}{name}"
c = f''
d = f'no fields'
e = f'{{literal}} braces {name}'
