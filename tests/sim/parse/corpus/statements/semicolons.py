a = 1; b = 2
x = 1; y = 2;
if a: b = 1; c = 2
import os; print(os)
