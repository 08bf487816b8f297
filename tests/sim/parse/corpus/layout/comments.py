# leading comment
x = 1  # trailing

# between

def f():  # after header
    # inside
    return x  # end
# final comment