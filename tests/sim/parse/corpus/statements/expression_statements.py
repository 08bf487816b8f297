x
f(x)
1
'docstring-like'
x + 1
x.y
...
