# ovfw_add_layer(NAME [PUBLIC deps...] [PRIVATE deps...])
#
# One static library per model/ folder (DESIGN.md "Layers and folders"), built from every
# source in that folder. Each layer links only what it needs, and the build proves it: a
# layercheck_<NAME> executable links the whole archive (every object, not only the ones some
# consumer happens to pull in) against the layer's own dependencies, so a call into a layer or
# a library the layer does not declare fails to link. Sources are recorded for the translation
# catalogue (global property OVFW_TR_SOURCES).
function(ovfw_add_layer name)
    cmake_parse_arguments(PARSE_ARGV 1 L "" "" "PUBLIC;PRIVATE")
    file(GLOB sources CONFIGURE_DEPENDS
         ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(${name} STATIC ${sources})
    target_link_libraries(${name} PUBLIC ovfw_defaults ${L_PUBLIC} PRIVATE ${L_PRIVATE})
    target_precompile_headers(${name} REUSE_FROM ovfw_pch)
    set_property(GLOBAL APPEND PROPERTY OVFW_TR_SOURCES ${sources})
    set_property(GLOBAL APPEND PROPERTY OVFW_LAYERS ${name})

    add_executable(layercheck_${name} ${CMAKE_SOURCE_DIR}/cmake/layercheck.cpp)
    set_target_properties(layercheck_${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(layercheck_${name} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${name}>")
endfunction()
