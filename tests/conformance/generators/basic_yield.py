# A generator function runs up to each yield and resumes on next().
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")

g = countdown(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))
