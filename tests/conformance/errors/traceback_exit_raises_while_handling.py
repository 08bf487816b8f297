# traceback when __exit__ itself raises while handling the body's exception
class Managed:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
        raise OSError("cleanup failed")
with Managed():
    [][0]
