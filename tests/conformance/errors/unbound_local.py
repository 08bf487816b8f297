# A local read before assignment raises UnboundLocalError.
count = 0

def bump():
    count += 1

bump()
