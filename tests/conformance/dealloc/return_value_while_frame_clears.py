# A local freed when the function returns runs its __del__ while the return value is on its way to the caller.
class Noisy:
    def __del__(self):
        print("del while returning")


def make():
    local = Noisy()
    return {"made": [1, 2]}


result = make()
print(result)
