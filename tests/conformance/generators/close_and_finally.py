# close() raises GeneratorExit inside the generator, running its finally block.
def worker():
    try:
        yield "step 1"
        yield "step 2"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")

w = worker()
print(next(w))
w.close()
print("closed")
w.close()
print(list(w))
