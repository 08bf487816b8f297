assert x
assert x, 'message'
assert isinstance(x, int), f'got {x!r}'
assert (x, y)
