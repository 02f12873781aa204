# The layers, as the build enforces them: which of factdb's folders each
# folder's sources may include, and which folders may not see SQLite.  The
# check (cmake/check_layers.cmake) runs before any library compiles, so a
# wrong #include fails the build with a message naming the file, the include
# and the rule; each folder's CMake target links only what its row allows,
# so a call into a forbidden layer would fail to link as well.
#
#   folder   may include (besides itself)
set(FACTDB_LAYERS
  "errors:"
  "text:errors"
  "lang:text,errors"
  "files:errors"
  "article:lang,text,files,errors"
  "draft:article,lang,text,errors"
  "db:"
  "loader:draft,article,lang,text,files,db,errors"
  "query:db,text,errors"
  "check:query,db,text,errors"
  "search:query,db,text,errors"
  "report:query,db,text,files,errors"
  "cli:loader,query,check,search,report,draft,article,lang,text,files,db,errors")
# Folders whose sources may not include <sqlite3.h> or <SQLiteCpp/...>.
set(FACTDB_NO_SQLITE errors text lang files article draft)

set(FACTDB_LAYER_SOURCES)
foreach(row ${FACTDB_LAYERS})
  string(REGEX REPLACE ":.*" "" folder "${row}")
  file(GLOB folder_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/${folder}/*.cpp
       ${CMAKE_SOURCE_DIR}/${folder}/*.h)
  list(APPEND FACTDB_LAYER_SOURCES ${folder_sources})
endforeach()
string(REPLACE ";" "|" FACTDB_LAYERS_ARG "${FACTDB_LAYERS}")
string(REPLACE ";" "|" FACTDB_NO_SQLITE_ARG "${FACTDB_NO_SQLITE}")
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/generated)
set(FACTDB_LAYERS_STAMP ${CMAKE_BINARY_DIR}/generated/layers.ok)
add_custom_command(
  OUTPUT ${FACTDB_LAYERS_STAMP}
  COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} "-DLAYERS=${FACTDB_LAYERS_ARG}"
          "-DNO_SQLITE=${FACTDB_NO_SQLITE_ARG}" -P ${CMAKE_SOURCE_DIR}/cmake/check_layers.cmake
  COMMAND ${CMAKE_COMMAND} -E touch ${FACTDB_LAYERS_STAMP}
  DEPENDS ${FACTDB_LAYER_SOURCES} ${CMAKE_SOURCE_DIR}/cmake/layers.cmake
          ${CMAKE_SOURCE_DIR}/cmake/check_layers.cmake
  VERBATIM
  COMMENT "Checking the layers (cmake/layers.cmake)")
add_custom_target(factdb_layers DEPENDS ${FACTDB_LAYERS_STAMP})
