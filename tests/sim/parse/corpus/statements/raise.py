def f():
    raise
raise ValueError
raise ValueError('bad')
raise RuntimeError('x') from None
raise RuntimeError('x') from e
