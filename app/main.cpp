#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Artifact Desk: not built yet"));
    label.show();
    return app.exec();
}
