# Columns are bytes in CPython's tables and characters on screen: non-ASCII text before the error
café = {"crème": 1}
print(café["crème"] + café["brûlée"])
