# An exception a generator caught keeps the generator's frame in its traceback, but not the caller's: the caller's locals die on return
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def swallowing():
    try:
        yield 1
    except ValueError:
        pass


def throw_in(error):
    caller_local = Noisy("caller local")
    gen = swallowing()
    next(gen)
    try:
        gen.throw(error)
    except StopIteration:
        print("generator finished")
    return 1


err = ValueError("thrown")
print(throw_in(err), sys.getrefcount(err))
tb = err.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back, tb.tb_next)
del tb
err.__traceback__ = None
print("traceback dropped", sys.getrefcount(err))


def finishes_after_raise():
    local = Noisy("generator local")
    try:
        raise KeyError("inside")
    except KeyError as e:
        kept.append(e)
    yield


kept = []


def drive():
    caller_local = Noisy("drive local")
    for _ in finishes_after_raise():
        pass


drive()
frame = kept[0].__traceback__.tb_frame
print(frame.f_code.co_name, frame.f_back)
del frame
kept.clear()
print("end")
