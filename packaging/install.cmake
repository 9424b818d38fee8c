# Installation layout, the build tree's mirror of it, and the Debian package.
#
#   PREFIX/bin/rolegraph
#   PREFIX/share/rolegraph/{lexicon.bin, glossary.tsv, lang/, web/, rolegraph.env}
#   PREFIX/lib/systemd/system/rolegraph.service
#
# The binary compiles in no path: it finds share/rolegraph next to itself
# (ingest/install_layout.h), so `cmake --install build --prefix ANY` works and
# the build tree runs the same way through <build>/share/rolegraph, whose
# entries are links to the source and build files.
include(GNUInstallDirs)

set(ROLEGRAPH_BUILD_SHARE_DIR "${CMAKE_BINARY_DIR}/share/rolegraph")
file(MAKE_DIRECTORY "${ROLEGRAPH_BUILD_SHARE_DIR}")
foreach(pair
    "${CMAKE_SOURCE_DIR}/data/lang|lang"
    "${CMAKE_SOURCE_DIR}/web|web"
    "${CMAKE_SOURCE_DIR}/query/data/glossary.tsv|glossary.tsv"
    "${ROLEGRAPH_DATA_DIR}/lexicon.bin|lexicon.bin")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 target)
  list(GET pair 1 name)
  file(CREATE_LINK "${target}" "${ROLEGRAPH_BUILD_SHARE_DIR}/${name}" SYMBOLIC)
endforeach()

set(ROLEGRAPH_INSTALL_SHARE "${CMAKE_INSTALL_DATADIR}/rolegraph")
install(TARGETS rolegraph RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${ROLEGRAPH_DATA_DIR}/lexicon.bin" "${CMAKE_SOURCE_DIR}/query/data/glossary.tsv"
              "${CMAKE_SOURCE_DIR}/packaging/rolegraph.env"
        DESTINATION "${ROLEGRAPH_INSTALL_SHARE}")
install(DIRECTORY "${CMAKE_SOURCE_DIR}/data/lang/" DESTINATION "${ROLEGRAPH_INSTALL_SHARE}/lang"
        PATTERN "README.md" EXCLUDE)
install(DIRECTORY "${CMAKE_SOURCE_DIR}/web/" DESTINATION "${ROLEGRAPH_INSTALL_SHARE}/web"
        PATTERN "test" EXCLUDE)
install(FILES "${CMAKE_SOURCE_DIR}/README.md" "${CMAKE_SOURCE_DIR}/docs/deploy.md" "${CMAKE_SOURCE_DIR}/docs/api.md"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")
# Relative, so PREFIX=/usr gives /usr/lib/systemd/system (read by systemd on
# Debian 12) and any other prefix keeps it inside the prefix.
install(FILES "${CMAKE_SOURCE_DIR}/packaging/rolegraph.service" DESTINATION "lib/systemd/system")

# `cpack -G DEB` in the build folder (scripts/package.sh): rolegraph_VERSION_ARCH.deb;
# dpkg-shlibdeps turns the linked libraries into Depends, so `apt install
# ./rolegraph_*.deb` pulls RocksDB, ICU, Snowball and cpp-httplib.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "rolegraph")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "RoleGraph maintainers <rolegraph@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "answers questions about organisational roles with cited evidence")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "web")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_SOURCE_DIR}/packaging/debian/postinst;${CMAKE_SOURCE_DIR}/packaging/debian/prerm;${CMAKE_SOURCE_DIR}/packaging/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
