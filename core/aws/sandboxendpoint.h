#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace desk {

class CredentialsProvider;

// A started sandbox as the composition root hands it over: desk_sandbox's SandboxLauncher makes
// one, the window uses one, and the UI never links the sandbox. It lives here because both may
// include desk_aws.
struct SandboxEndpoint
{
    QString url;                                      // http://127.0.0.1:PORT
    std::shared_ptr<CredentialsProvider> credentials; // the sandbox's key pair
    QString region;
    QString error;                                    // non-empty: the sandbox did not start
};
using SandboxStarter = std::function<SandboxEndpoint()>;

} // namespace desk
