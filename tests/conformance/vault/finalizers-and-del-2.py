#| title: Brought back once
saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs and saves self")
        saved.append(self)

bird = Phoenix()
del bird
print("objects brought back:", len(saved))
saved.clear()
print("second death: __del__ did not run again")
