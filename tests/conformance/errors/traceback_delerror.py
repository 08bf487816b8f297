# An error in __del__ is reported as ignored, with its traceback and carets, and the program goes on
class Resource:
    def __del__(self):
        print("closing")
        self.handle.close()


r = Resource()
del r
print("still running")
