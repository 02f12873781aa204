// factdb's entry point: the command line is cli::run (run.h).
#include <iostream>
#include <string>
#include <vector>

#include "cli/run.h"

int main(int argc, char** argv) {
    return factdb::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout,
                            std::cerr);
}
