# A starred expression where only a value can stand is the compiler's error, under the starred node
def first_and_rest(items):
    return *items
