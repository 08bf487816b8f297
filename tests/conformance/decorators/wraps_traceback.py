# An exception raised inside a function decorated twice with functools.wraps: the traceback names the wrappers' code (wrapper), not the copied __name__
import functools

def checked(f):
    @functools.wraps(f)
    def wrapper(*args):
        if any(a < 0 for a in args):
            raise ValueError(f"{f.__name__} got a negative argument")
        return f(*args)
    return wrapper

def logged(f):
    @functools.wraps(f)
    def logging_wrapper(*args):
        print("calling", logging_wrapper.__name__, logging_wrapper.__qualname__)
        return f(*args)
    return logging_wrapper

@logged
@checked
def ratio(a, b):
    return a / b

print(ratio(6, 3), ratio.__name__, ratio.__wrapped__.__name__, ratio.__wrapped__.__wrapped__.__name__)
try:
    ratio(-1, 2)
except ValueError as e:
    print("caught:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
ratio(1, 0)
