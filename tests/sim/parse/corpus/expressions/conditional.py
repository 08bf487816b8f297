a = x if y else z
b = x if y else z if w else v
c = (lambda: 1) if x else None
d = [i if i else -i for i in range(3)]
