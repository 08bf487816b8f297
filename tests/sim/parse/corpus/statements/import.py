import os
import os.path
import os.path as osp
import a, b as c, d.e
from os import path
from os import path as p, sep
from . import x
from .. import y
from .mod import z
from ...pkg.mod import (a, b as c,)
from .... import q
from mod import *
