// The Catch2 runner; every other file in tests/ holds the cases for one module.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
