// Linked with one model layer as a whole archive (cmake/OvfwLayer.cmake): building this proves
// that every object of the layer resolves against the layer's declared dependencies alone.
int main()
{
    return 0;
}
