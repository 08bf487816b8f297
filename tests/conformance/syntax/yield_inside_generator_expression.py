# 'yield' in a generator expression's condition inside a function
def pick(items):
    return list(x for x in items if (yield x))
