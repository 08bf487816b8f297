total = 1 + \
    2 + \
    3
items = [
    1,
    2,  # comment
]
if a and \
   b:
    pass
result = f(a,
           b)
