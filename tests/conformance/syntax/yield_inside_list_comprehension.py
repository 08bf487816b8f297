# 'yield' in a list comprehension is a symtable error, reported before the compiler's 'outside function'
values = [1, 2]
doubled = [(yield v) for v in values]
