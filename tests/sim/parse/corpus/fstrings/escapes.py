x = 1
a = f'tab\t{x}\n'
b = f'\x41{x}'
c = f'{x}\\'
